"""loaders/lang"""
