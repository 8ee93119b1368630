"""Arabic reported speech whose speaker is not the mention right after a speech verb.

The reader finds the speaker of "وقالت X إن ..." at the start of a sentence and of "في
خطاب، قال X إن ..." in its middle (:meth:`.speakers.SpeakerFinding._ar_speaker_mid`).
Three more frames say who speaks, and where what is said opens:

- "أما X فوصفت / فقالت / فاعتبرت ...": the actor of the topic phrase speaks;
- "ووصفت / واعتبرت / ورأت / وأشارت X [الحكم] بأنه / إلى أن ...": a verb of judging or
  pointing out opening the sentence, its subject right after it;
- a quotation opening the sentence, its speaker after it ("«...»، قالت X");

(A speech verb or participle with no subject after another clause, "دعت X إلى ...، وقالت
إن ...", read as the sentence subject's speech, was measured in round 9 and not kept: one
development fact gained, one false fact on held-out text.)

:func:`speech_frame` returns the speaker and the complementizer that opens what is said,
which :meth:`.speakers.SpeakerFinding._ar_speech_acts` then reads
(:func:`.ar_evaluative_speech.stated_type`).

Examples
--------
>>> bool(_TOPIC_VERB.match(" فوصفت"))
True
>>> bool(_JUDGING_START.match("ورات المنظمه ان"))
True
"""

from __future__ import annotations

import re

from .attribution_patterns import AGENT_KINDS

__all__ = ["speech_frame", "framed_content", "is_framed", "relative_ma", "remember", "said_end", "speaks_for"]

# what opens what is said ("بأنه" too: "وصفت X الحكم بأنه ...")
_COMPLEMENTIZER = re.compile(r"(?<!\S)(?:ان|انه|انها|انهم|بان|بانه|بانها|بانهم|بانهما)(?!\S)|:|[«\"“]")
_VERBS = (r"قال|قالت|قالوا|اضاف|اضافت|اكد|اكدت|اعتبر|اعتبرت|اعتبروا|راي|رات|راوا|وصف|وصفت|وصفوا|"
          r"شدد|شددت|اوضح|اوضحت|ذكر|ذكرت|زعم|زعمت|حذر|حذرت|لفت|لفتت|اشار|اشارت")
# "أما X فـ<verb>"
_TOPIC = re.compile(r"\W*(?:و)?اما\s+")
_TOPIC_VERB = re.compile(r"\s*[،,]?\s*ف(?:قد\s+)?(?:" + _VERBS + r")(?!\S)")
# a verb of judging opening the sentence (SPEECH_START has the verbs of saying)
_JUDGING_START = re.compile(r"\W*(?:و|ف)?(?:وصف|وصفت|وصفوا|اعتبر|اعتبرت|اعتبروا|راي|رات|راوا|"
                            r"اشار|اشارت|اشاروا|لفت|لفتت|لفتوا|نبه|نبهت)\s+")
# a quotation opening the sentence, then its speaker: "«...»، قالت X"
_QUOTE_FIRST = re.compile(r"\W{0,3}?[«\"“]")
_QUOTE_THEN_SAID = re.compile(r"[»\"”]\s*[،,]?\s*(?:و)?(?:قال|قالت|قالوا|اضاف|اضافت|اكد|اكدت|صرح|صرحت|"
                              r"ذكر|ذكرت|شدد|شددت|اوضح|اوضحت|تابع|تابعت)\s+")


def _speaker(reader, m):
    """The key that speaks for mention ``m`` (a body is its country's), or None when ``m``
    cannot speak (a place, an object, a crowd, a news outlet)."""
    if m.kind not in AGENT_KINDS or m.kind == "MediaOutlet" or m.key.startswith("group/") or \
            reader.attr.is_locative(m):
        return None
    return reader._contextual(m.key, m.start)


def speech_frame(reader, na, nb):
    """``(speaker key, complementizer match)`` of a speech frame of the sentence
    ``norm[na:nb]`` (see the module), or None.

    Parameters
    ----------
    reader : extract._Reader
        The reader (its normalised text, mentions and attributor).
    na, nb : int
        The sentence's span in the normalised text.

    Returns
    -------
    tuple or None
    """
    norm, attr = reader.norm, reader.attr
    topic = _TOPIC.match(norm, na, nb)
    if topic is not None:
        first = attr.in_range(topic.end(), min(nb, topic.end() + 60))[:1]
        if first and not norm[topic.end():first[0].start].strip():
            verb = _TOPIC_VERB.match(norm, first[0].end, nb)
            comp = verb and _COMPLEMENTIZER.search(norm, verb.end(), min(nb, verb.end() + 80))
            key = _speaker(reader, first[0]) if comp else None
            if key is not None:
                return key, comp
    first_quote = _QUOTE_FIRST.match(norm, na, nb)
    if first_quote is not None:
        said = _QUOTE_THEN_SAID.search(norm, first_quote.end(), nb)
        for m in attr.in_range(said.end(), min(nb, said.end() + 40))[:1] if said else ():
            gap = len(norm[said.end():m.start].split())
            key = _speaker(reader, m) if gap <= 1 or gap <= 4 and m.kind in ("Official", "GovernmentBody") \
                else None
            if key is not None:
                return key, first_quote     # what is said: the quotation
    opening = _JUDGING_START.match(norm, na, nb)
    if opening is not None:
        for m in attr.in_range(opening.end(), min(nb, opening.end() + 40))[:1]:
            gap = len(norm[opening.end():m.start].split())
            if gap <= 1 or gap <= 4 and m.kind in ("Official", "GovernmentBody"):
                comp = _COMPLEMENTIZER.search(norm, m.end, min(nb, m.end + 100))
                key = _speaker(reader, m) if comp else None
                if key is not None:
                    return key, comp
    return None


def framed_content(reader, na):
    """The complementizer match recorded for the sentence starting at ``na`` by the last
    :func:`speech_frame` that found its speaker (see :func:`remember`), or None."""
    frames = getattr(reader, "_ar_frames", None)
    return frames.get(na) if frames else None


def remember(reader, na, comp):
    """Record the complementizer ``comp`` of the sentence starting at ``na``."""
    if not hasattr(reader, "_ar_frames"):
        reader._ar_frames = {}
    reader._ar_frames[na] = comp


# "ما" opening a relative clause of what happened ("ما جرى"، "ما حدث في ..."), no negation
_WHAT_HAPPENED = re.compile(r"ما\s+(?:جري|حدث|يجري|يحدث|حصل|يحصل|وقع|يقع|شهدته|شهدتها|تشهده|يشهده|تعرض|تعرضت|"
                            r"تعرضوا|وصفته|وصفه|اسمته|اسماه|سمته|سماه)(?!\S)")


def relative_ma(norm, pos, comp_start):
    """True when the negation word at ``pos`` is the relative "ما" (what): the object of a
    judging verb before what is said ("ووصفت X ما جرى بأنه") or "what happened" ("إن ما
    حدث ...").

    >>> relative_ma("ان ما حدث اعتداء", 3, 0), relative_ma("انه ما زال محتجزا", 4, 0)
    (True, False)
    """
    if pos < comp_start and norm.startswith("ما ", pos):
        return True
    return _WHAT_HAPPENED.match(norm, pos) is not None


def speaks_for(reader, speaker, agents):
    """True when one of ``agents`` (actor keys of an act) is ``speaker`` or speaks for it
    (its ministry or official: "body/IQ/foreign-ministry" for "gov/IQ")."""
    for a in agents:
        key = a if isinstance(a, str) else getattr(a, "key", "")
        if key == speaker or key.startswith(("body/", "official/")) and speaker == "gov/" + key.split("/")[1]:
            return True
    return False


def is_framed(reader, na):
    """True when the speaker of the sentence starting at ``na`` was found by
    :func:`speech_frame`."""
    return framed_content(reader, na) is not None


# what is said ends at a new clause of the reporter's ("...، وكانت قد نشرت ...")
_NEXT_CLAUSE = re.compile(r"[،,]\s*(?:و|ف)?(?:كان|كانت|كانوا|قد|ثم|فيما|بينما|حيث)(?!\S)")


def said_end(norm, start, nb):
    """Where what is said from ``start`` ends: at a reporter's clause after it, or ``nb``.

    >>> said_end("ان ما جري حمام دم، وكانت قد نشرت تقريرا", 0, 40)
    17
    """
    m = _NEXT_CLAUSE.search(norm, start, nb)
    return m.start() if m is not None else nb

