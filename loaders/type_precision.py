"""Precision of response types and agents: who is only addressed, what is only asked.

Small decisions of the sentence reader (:mod:`.sentence_acts`) kept apart so that the reader
does not grow:

- :func:`ar_we_agents`: an Arabic first-person verb ("ندعو السلطات X إلى", "نطالب الحكومة
  بـ") has "we" as its subject; the actor after it is the one called on, never the agent.
- :func:`requested_of_addressee`: an act named as what a demand asks of its addressee ("Nous
  appelons l'UE à exiger", "طالبت X السلطات الليبية بإجراء تحقيق", "دعت X مجلس الأمن إلى
  فرض عقوبات") is requested, not done.
"""

from __future__ import annotations

import re

from .extract_patterns import _TO_INFINITIVE

# Arabic: the act asked for, right after "إلى" (and its verbal noun) or as a verbal noun with
# ب ("بإجراء تحقيق", "بفتح تحقيق", "إلى فرض عقوبات", "إلى إرسال بعثة"); normalised spelling
_AR_ASKED = re.compile(r"(?:(?<!\S)الي(?:\s+\S+)?|(?<!\S)ب\S{2,})\s*$")
# ... unless a new clause starts in between ("، وقالت الحكومة إنها قامت بإجراء تحقيق")
_AR_NEW_CLAUSE = re.compile(r"[.;:؛]|،\s*[وف]|(?<!\S)(?:ان|انه|انها|بان|الذي|التي|فيما|بينما)(?!\S)")
# types that an Arabic demand asks for (the abuse itself, "وقف القمع", stays the state's)
_AR_ASKABLE = {"Investigation", "Sanction", "DiplomaticAction", "Resettlement", "Support",
               "MilitaryAssistance", "Resolution", "Report"}


def ar_we_agents(reader, hit, s_end, found, rule):
    """Agents of an Arabic response verb in the first person plural.

    Parameters
    ----------
    reader : SentenceActs
        The sentence reader (its attributor ``attr`` and ``_ar_quote_speaker``).
    hit : Hit
        The cue ("ندعو", "نطالب", "ندين").
    s_end : int
        End of the sentence (normalised offsets).
    found, rule : list, str or None
        What the attributor found for the cue.

    Returns
    -------
    tuple
        ``(found, rule)``: the speaker named after a closing quote ("«ندين ...»، قال X": X),
        nothing when the only candidate stands after the verb ("إننا ندعو السلطات
        البحرينية إلى": Bahrain is called on; the publisher's own page may still take the act),
        else what was found.
    """
    speaker = reader._ar_quote_speaker(hit.end, s_end)
    if speaker is not None:
        return reader.attr._expand(speaker, s_end), "speech"
    if found and all(hasattr(a, "start") and a.start >= hit.end for a in found):
        return [], None
    return found, rule


def requested_of_addressee(lang, norm, previous, hit, rtype):
    """True when the cue ``hit`` names what the demand cue ``previous`` asks of its addressee.

    Parameters
    ----------
    lang : str
        Document language.
    norm : str
        The normalised text.
    previous : Hit or None
        The previous response cue of the sentence.
    hit : Hit
        The cue read now.
    rtype : str
        Its response type.

    Returns
    -------
    bool
        French / English: a demand verb after "to" / "à" / "de" of a demand ("calls on the EU
        to press for", "appelons l'UE à exiger"); Arabic: an inquiry, sanction, mission, visit
        or aid after "إلى" or as a ب verbal noun within the demand's clause ("طالبت X السلطات
        بإجراء تحقيق", "دعت X مجلس الأمن إلى فرض عقوبات").
    """
    if previous is None or previous.entry.value != "Demand":
        return False
    gap = norm[previous.end:hit.start]
    if lang in ("fr", "en"):
        return rtype == "Demand" and hit.entry.pos == "v" and bool(_TO_INFINITIVE[lang].search(gap)) \
            and len(gap.split()) <= 14 and not re.search(r"[.;:]", gap)
    if lang != "ar" or rtype not in _AR_ASKABLE or len(gap.split()) > 12:
        return False
    return bool(_AR_ASKED.search(gap) or (hit.surface[:1] in "بل" and hit.entry.pos == "n")) \
        and not _AR_NEW_CLAUSE.search(gap)
