"""Synthetic quads of the real shape, for store, query, dump and network benchmarks at scale.

Extracting 100,000 documents again for every 10-million-quad benchmark would take far
longer than the benchmark itself, so this module makes :class:`Extraction` records
directly (actors, places, events, responses with evidence, some joint acts, quantities)
and turns them into quads with the project's own mapping
(:func:`rightsgraph.loaders.rdf.document_quads`): the graph has exactly the shape the
loader writes, one named graph per document, about 100 quads per document.

Actors are drawn from a fixed population (``--actors``, 10,000 by default): half the
draws follow a Zipf-like law (a few governments and NGOs respond very often), half are
uniform, so that nearly the whole population appears at a million quads.

Examples
--------
::

    python bench/synth.py --quads 1000000 --out /tmp/synth-1M.nq
    python bench/synth.py --quads 10000000 --out /tmp/synth-10M --shards 20
"""

from __future__ import annotations

import argparse
import os
import random
from pathlib import Path

import pyoxigraph as ox

from rightsgraph.loaders.model import (
    Actor, Document, Event, Evidence, Extraction, Place, Quantity, Response, RESPONSE_TYPES,
)
from rightsgraph.loaders.rdf import document_quads

QUADS_PER_DOC = 100          # measured average of this generator (checked at run time)
EVENT_KINDS = ("Persecution", "ArbitraryDetention", "Torture", "Execution", "ChemicalAttack",
               "Displacement", "Censorship", "Killing")
ISO = [f"{a}{b}" for a in "ABCDEFGHIKLMNPRSTUVYZ" for b in "AEGHIKLMNORSTUYZ"][:250]
KINDS = (("GovernmentBody", 0.25), ("Official", 0.3), ("NGO", 0.2),
         ("IntergovernmentalOrganization", 0.05), ("MediaOutlet", 0.05), ("Group", 0.05),
         ("Person", 0.05))
MODALITIES = ("asserted", "asserted", "asserted", "announced", "requested", "threatened")


class Population:
    """Actors, places and events shared across documents (so graphs link up)."""

    def __init__(self, actors: int = 10_000, events: int = 3_000, seed: int = 0):
        rng = random.Random(seed)
        self.places = [Place(f"place/{code}", iso=code, labels={"en": f"Country {code}",
                                                                "fr": f"Pays {code}"})
                       for code in ISO]
        self.actors = []
        kinds = [k for k, _ in KINDS]
        weights = [w for _, w in KINDS]
        for index in range(actors):
            code = ISO[index % len(ISO)]
            kind = "Government" if index < len(ISO) else rng.choices(kinds, weights)[0]
            key = {"Government": f"gov/{code}", "GovernmentBody": f"body/{code}/unit-{index}",
                   "Official": f"person/official-{index}"}.get(kind, f"org/actor-{index}")
            actor = Actor(key, kind, labels={"en": f"Actor {index}", "fr": f"Acteur {index}"},
                          alt_labels={(f"A{index}", "en")}, iso=code if kind == "Government" else None,
                          represents=f"gov/{code}" if kind == "Official" else None,
                          part_of=f"gov/{code}" if kind == "GovernmentBody" else None,
                          role="minister" if kind == "Official" else None)
            self.actors.append(actor)
        self.events = []
        for index in range(events):
            code = rng.choice(ISO)
            kind = rng.choice(EVENT_KINDS)
            self.events.append(Event(f"event/{kind.lower()}-{index}/{code}", kind,
                                     place=f"place/{code}", perpetrator=f"gov/{code}",
                                     affected_group="civilians", date=None,
                                     labels={"en": f"{kind} in {code}"}))
        self.zipf = [1.0 / (rank + 1) for rank in range(actors)]

    def actor(self, rng: random.Random) -> Actor:
        if rng.random() < 0.5:
            return rng.choices(self.actors, cum_weights=self._cumulative())[0]
        return rng.choice(self.actors)

    def _cumulative(self):
        if not hasattr(self, "_cum"):
            total, self._cum = 0.0, []
            for weight in self.zipf:
                total += weight
                self._cum.append(total)
        return self._cum


def _evidence(rng, position, length=120, cue="condemned"):
    start = position + rng.randrange(0, 400)
    return Evidence(start, start + length, "x" * 24 + f" evidence sentence at {start}",
                    confidence=round(rng.uniform(0.5, 0.99), 3), cue=cue)


def synthetic_document(rng: random.Random, population: Population, number: int):
    """A Document and an Extraction shaped like the loader's output for one article."""
    lang = rng.choice(("ar", "fr", "en"))
    date = f"{rng.randint(2005, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    doc = Document(identifier=f"synth-{number:07d}-{lang}", text="", lang=lang,
                   title=f"Synthetic article {number}", date=date,
                   sha256=f"{rng.getrandbits(256):064x}", sentences=[None] * rng.randint(15, 40),
                   length=rng.randint(2500, 4500))
    ex = Extraction()
    event = rng.choice(population.events)
    ex.events[event.key] = Event(event.key, event.kind, place=event.place,
                                 perpetrator=event.perpetrator, affected_group=event.affected_group,
                                 date=date, labels=event.labels,
                                 evidence=[_evidence(rng, 0, cue="arrested")])
    place = population.places[ISO.index(event.place.split("/")[1])]
    ex.places[place.key] = place
    for _ in range(rng.randint(2, 4)):
        kind = rng.choice(RESPONSE_TYPES)
        agents = [population.actor(rng) for _ in range(1 if rng.random() < 0.8 else rng.randint(2, 5))]
        for actor in agents:
            ex.actors[actor.key] = actor
            ex.mentions.add(actor.key)
        addressee = population.actor(rng)
        ex.actors[addressee.key] = addressee
        ex.responses.append(Response(
            kind, [a.key for a in agents], [_evidence(rng, 500 * len(ex.responses))],
            event=event.key, addressees=[addressee.key], modality=rng.choice(MODALITIES),
            quantity=Quantity(float(rng.randint(1, 500)), "million USD") if kind == "Sanction" else None,
            date=date))
    ex.mentions.add(place.key)
    return doc, ex


def _text_of(doc):
    # document_quads reads len(doc.sentences) and doc.char_count(): give it a stand-in text.
    doc.text = " " * doc.length
    return doc


def generate_quads(count: int, seed: int = 0, actors: int = 10_000):
    """Yield lists of quads, one per synthetic document, until about ``count`` quads."""
    rng = random.Random(seed)
    population = Population(actors=actors, seed=seed)
    produced, number = 0, 0
    while produced < count:
        doc, ex = synthetic_document(rng, population, number)
        quads = document_quads(_text_of(doc), ex)
        produced += len(quads)
        number += 1
        yield quads


def write_nquads(out: Path, count: int, seed: int = 0, actors: int = 10_000, shards: int = 1) -> list:
    """Write about ``count`` quads as N-Quads: one file, or ``shards`` files in a folder.

    Returns the list of files written (each written atomically).
    """
    out = Path(out)
    if shards > 1:
        out.mkdir(parents=True, exist_ok=True)
        paths = [out / f"shard-{i:03d}.nq" for i in range(shards)]
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        paths = [out]
    partials = [p.with_name(p.name + ".partial") for p in paths]
    handles = [p.open("wb") for p in partials]
    try:
        per_shard = max(1, count // len(paths))
        written = 0
        for quads in generate_quads(count, seed, actors):
            shard = min(written // per_shard, len(paths) - 1)
            ox.serialize(quads, handles[shard], ox.RdfFormat.N_QUADS)
            written += len(quads)
    finally:
        for handle in handles:
            handle.close()
    for partial, path in zip(partials, paths):
        os.replace(partial, path)
    return paths


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quads", type=int, default=1_000_000)
    parser.add_argument("--out", required=True, help="an .nq file, or a folder with --shards")
    parser.add_argument("--shards", type=int, default=1)
    parser.add_argument("--actors", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    paths = write_nquads(Path(args.out), args.quads, args.seed, args.actors, args.shards)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote about {args.quads} quads ({size / 2**20:.0f} MiB) in {len(paths)} file(s) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
