"""A state official or body as a clause's subject: no act of the page's publisher.

On an NGO's own page, an act no named actor was found for falls to the publisher (its "we").
A clause whose subject is a state official or body named only by its title ("un porte-parole
du gouvernement a accusé l'AEC", "Le ministre délégué chargé des réformes, X, a justifié la
mesure", "the foreign ministry spokesperson said") reports the state's act, which the NGO
only quotes: :func:`state_subject` tells such a clause (the act then has no agent unless the
official's government is found).
"""

from __future__ import annotations

import re

# a state official or body as the subject of a clause ("un porte-parole du gouvernement a accusé",
# "Le ministre délégué ..., X, a justifié", "the foreign ministry spokesperson said"), not the
# publisher's own ("notre porte-parole", "our spokesperson")
_STATE_SUBJECT = {
    "fr": re.compile(r"(?<![\w'])(?<!notre )(?<!nos )(?:porte-parole|gouvernement|ministre|ministere|ministeres|"
                     r"procureur|parquet|police|policiers|gendarmerie|autorites|junte|prefet|gouverneur|"
                     r"ambassade|presidence|chef de l'etat|president de la republique)(?![\w'])"),
    "en": re.compile(r"(?<![\w'])(?<!our )(?:spokes(?:person|man|woman)|government|minister|ministry|prosecutors?|"
                     r"police|authorities|junta|governor|embassy|presidency|head of state)(?![\w'])"),
}

# a duty of the state ("doivent libérer", "must release", "should", "il faut"): the publisher's demand
_MODAL = re.compile(r"(?<![\w'])(?:doi[ts]|doivent|devr\w+|devrai\w*|il faut|must|should|need to|ought to|have to|has to)(?![\w'])")


def state_subject(lang, norm, start, end):
    """True when the clause ``norm[start:end]`` before a cue names a state official or body
    as its subject: an act no named actor was found for is that state's, not the publisher's.

    >>> state_subject("fr", "un porte-parole du gouvernement a accuse", 0, 32)
    True
    >>> state_subject("fr", "notre porte-parole a declare", 0, 19)
    False
    >>> state_subject("fr", "les autorites doivent liberer x", 0, 14)
    False
    """
    pat = _STATE_SUBJECT.get(lang)
    if pat is None or _MODAL.search(norm, max(start, end - 40), min(len(norm), end + 25)):
        return False    # "Les autorités doivent libérer X": what the state must do, the publisher's demand
    return bool(pat.search(norm, start, end))
