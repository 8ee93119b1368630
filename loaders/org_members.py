"""Members and services of an organisation named before it (French and English).

"Des experts indépendants des Nations unies ont appelé ...", "Le groupe de travail des
Nations unies sur ... a publié", "Une mission conjointe de l'Union africaine ...",
"investigators of Human Rights Watch found", "The European Union's diplomatic service said":
the subject is a member, a body or a service of the organisation, which acts for it. The
organisation's mention is stretched over its member (or merged with a generic body named
after its possessive), so that the clause subject is the organisation and not a bare
complement ("des Nations unies") or a state's generic service ("diplomatic service").
"""

from __future__ import annotations

import re
from dataclasses import replace

_OF = {"fr": r"(?:de\s+la|de\s+l'|des|du|de|d')", "en": r"(?:of\s+the|of|from\s+the|from)"}
# the member, body or service heading the subject, then up to four words (adjectives,
# "des droits humains", "on arbitrary detention") before the organisation's complement
_HEAD = {
    "fr": r"(?:experte?s?|rapporteu(?:r|rs|se|ses)|groupe\s+de\s+travail|groupe\s+d'experts|comite|delegations?|"
          r"missions?|porte-parole|envoye(?:e|s|es)?|representante?s?|chef(?:fe)?s?\s+de\s+mission|observat(?:eur|eurs|rice|rices)|"
          r"enquet(?:eur|eurs|rice|rices)|equipes?|bureau|service|juges|commissaires?|haut-commissaire|chercheu(?:r|rs|se|ses)|"
          r"responsables?|dirigeants?|secretaire\s+general|secretariat|fonctionnaires?|division|section|commission|"
          r"composante|cellule)",
    "en": r"(?:experts?|rapporteurs?|working\s+group|panel|committee|delegations?|missions?|spokes(?:man|woman|person)|"
          r"envoys?|representatives?|heads?\s+of\s+mission|observers?|investigators?|researchers?|team|office|service|"
          r"judges|commissioner|officials?|secretary-general|secretariat|staff|division|section|commission|unit|branch)",
}
_DET = r"(?:(?:des|les|le|la|un|une|the|an|a|two|three|several|deux|trois|plusieurs)\s+|l')?"
# a collective before the members: "un groupe de rapporteurs spéciaux de l'ONU", "a group of
# experts of the UN", "une équipe d'enquêteurs de l'ONU"
_COLLECTIVE = {"fr": r"(?:(?:un|une|le|la)\s+(?:groupe|equipe|panel|collectif|delegation)\s+(?:de\s+|d'))?",
               "en": r"(?:(?:a|an|the)\s+(?:group|team|panel|delegation)\s+of\s+)?"}
# (the words between: no auxiliary, verb of speech or relative: "Les enquêteurs ont interrogé
# des membres d'Amnesty" is no member of Amnesty)
_NOT_WORD = (r"(?!(?:a|ont|avait|avaient|est|sont|etait|sera|qui|que|qu'|a-t-il|has|have|had|is|are|was|were|"
             r"will|would|who|which|that|said|says|told|met|visited|asked|urged)(?![\w'-]))")
_COLLECTIVE_ONLY = {lang: re.compile(r"(?<![\w'-])" + rx[3:-2] + r"$") for lang, rx in _COLLECTIVE.items()}
# the leaders and spokespeople of a party or an armed group (kind "Group"), who speak for it:
# "le leader de l'Union des forces démocratiques de Guinée (UFDG) a dénoncé"
_LEADER_HEAD = {
    "fr": r"(?:leaders?|dirigeante?s?|chef(?:fe)?s?|presidente?|porte-parole|secretaire\s+generale?|responsables?)",
    "en": r"(?:leaders?|heads?|chair(?:man|woman|person)?|president|spokes(?:man|woman|person)|secretary-general|officials?)",
}
_LEADER = {lang: re.compile(r"(?<![\w'-])" + _DET + head + r"(?:\s+" + _NOT_WORD + r"[^\s,.;:!?\u00ab\u00bb\"()]+){0,2}?\s+"
                            + _OF[lang] + r"\s*$") for lang, head in _LEADER_HEAD.items()}
_MEMBER = {lang: re.compile(r"(?<![\w'-])" + _COLLECTIVE[lang] + _DET + head + r"(?:\s+" + _NOT_WORD + r"[^\s,.;:!?\u00ab\u00bb\"()]+){0,4}?\s+" + _OF[lang] + r"\s*$")
           for lang, head in _HEAD.items()}
# Arabic (normalised: ة -> ه, ؤ -> و, أ -> ا): "مفوضة الشؤون الداخلية في الاتحاد الأوروبي",
# "وفد من البرلمان الأوروبي", "خبراء مجلس أوروبا" (construct); not "خبراء تابعون للأمم المتحدة", which the
# Arabic subject rules read already (stretched, the organisation is too far from a noun cue after it)
_AR_HEAD = (r"(?:ال)?(?:مفوض|مفوضه|مسوول|مسووله|مدير|مديره|متحدث|متحدثه|ناطق|ناطقه|خبراء|خبير|خبيره|مقرر|مقرره|مقررون|"
            r"مقررين|وفد|بعثه|فريق|مبعوث|مبعوثه|ممثل|ممثله|ممثلو|ممثلي|منسق|منسقه|مراقبو|مراقبون|محققو|محققون|مكتب|"
            r"لجنه|قسم|شعبه|وحده)")
# a body of the organisation "التابعة لـ" it: "بعثة تقصي الحقائق التابعة للأمم المتحدة", "اللجنة التابعة للاتحاد"
# (a body head only: "خبراء تابعون للأمم المتحدة" stays with the subject rules)
_AR_BODY_HEAD = r"(?:ال)?(?:بعثه|لجنه|فريق|مكتب|قسم|شعبه|وحده|هييه|مجموعه)"
# (the words between: definite nouns and adjectives, or nisba adjectives: not a verb, as in
# "البعثة طالبت الاتحاد الأوروبي"), "من" and another member ("فريق من خبراء مجلس أوروبا")
_AR_WORD = r"(?!(?:ال)?تابع)(?:ال[^\s.،,;:؛!?«»\"()]+|[^\s.،,;:؛!?«»\"()]+(?:ون|ين|يه|ي)|من|" + _AR_HEAD + ")"
_AR_MEMBER = re.compile(r"(?<!\S)(?:و|ف)?" + _AR_HEAD + r"(?:\s+" + _AR_WORD + r"){0,4}?"
                        r"(?:\s+(?:في|لدي|من|باسم|داخل|ضمن)\s+|\s+(?:ل|لل)?)$"
                        r"|(?<!\S)(?:و|ف)?" + _AR_BODY_HEAD + r"(?:\s+" + _AR_WORD + r"){0,4}?"
                        r"\s+(?:ال)?تابع(?:ه|ين|ون)?\s+(?:ل|لل)?$")
# "The European Union's diplomatic service": a generic body right after the possessive
_POSSESSIVE = re.compile(r"\s*'s\s+(?:[\w-]+\s+){0,2}$")
_ORG_KINDS = ("IntergovernmentalOrganization", "NGO")


def member_mentions(mentions: list, norm: str, lang: str) -> list:
    """``mentions`` with each organisation mention stretched back over a member or body
    of it named right before ("des experts ... des Nations unies"), and merged with a
    generic body named after its possessive ("the EU's diplomatic service").

    Parameters
    ----------
    mentions : list
        Mentions sorted by ``start`` (dataclass instances with ``start``, ``end``, ``key``,
        ``kind``, ``surface``), in ``norm`` coordinates.
    norm : str
        The normalised text (lower case, no accents).
    lang : str
        ``"fr"``, ``"en"`` or ``"ar"`` (:func:`_arabic_members`); other languages are
        returned unchanged.

    Returns
    -------
    list
        The mentions, sorted by start.

    Examples
    --------
    >>> from loaders.mention_cleanup import _M
    >>> t = "des experts independants des nations unies ont appele"
    >>> m = _M(29, 42, "org/united-nations", "IntergovernmentalOrganization", "name", None, None, "")
    >>> [(x.start, x.key) for x in member_mentions([m], t, "fr")]
    [(0, 'org/united-nations')]
    """
    if lang == "ar":
        return _arabic_members(mentions, norm)
    if lang not in _MEMBER:
        return mentions
    out = list(mentions)
    changed = False
    prev_end = 0
    for i, m in enumerate(out):
        if m is None:
            continue
        if m.key.startswith("official/") and m.start >= prev_end:
            col = _COLLECTIVE_ONLY[lang].search(norm, max(prev_end, m.start - 30), m.start)
            if col is not None:     # "un groupe d'experts de l'ONU": the experts act
                out[i] = replace(m, start=col.start())
                changed = True
        if m.key.startswith("org/") and m.kind == "Group":
            lo = max(prev_end, m.start - 50)
            prev_end = max(prev_end, m.end)
            found = _LEADER[lang].search(norm, lo, m.start)
            if found is not None and found.end() == m.start:
                out[i] = replace(m, start=found.start())
                changed = True
            continue
        if not (m.key.startswith("org/") and m.kind in _ORG_KINDS):
            prev_end = max(prev_end, m.end)
            continue
        lo = max(prev_end, m.start - 90)
        prev_end = max(prev_end, m.end)
        found = _MEMBER[lang].search(norm, lo, m.start)
        if found is not None and found.end() == m.start and not re.search(r"[.;:!?]", norm[found.start():m.start]):
            out[i] = replace(m, start=found.start())
            changed = True
            continue
        if lang == "en" and i + 1 < len(out):
            nxt = out[i + 1]
            if nxt.key.startswith("body/") and nxt.key.count("/") == 1 and \
                    _POSSESSIVE.fullmatch(norm, m.end, nxt.start):
                out[i] = replace(m, end=nxt.end)
                out[i + 1] = None
                changed = True
    if not changed:
        return mentions
    out = [m for m in out if m is not None]
    out.sort(key=lambda m: m.start)
    return out


def _arabic_members(mentions, norm):
    """Arabic :func:`member_mentions`: an organisation mention stretched back over a member
    or body named right before it ("مفوضة الشؤون الداخلية في الاتحاد الأوروبي")."""
    out = list(mentions)
    changed = False
    for i, m in enumerate(out):
        if not (m.key.startswith("org/") and m.kind in _ORG_KINDS):
            continue
        lo = max(out[i - 1].end if i > 0 else 0, m.start - 70)
        found = _AR_MEMBER.search(norm, lo, m.start)
        if found is None:
            continue
        start = found.start()
        first = norm[start:found.end()].split()[0]
        if first[:1] in "وف" and not re.fullmatch(_AR_HEAD, first):
            start += 1      # the conjunction stays outside the mention
        # (its surface too: the head word decides verb-subject agreement, "أدانت بعثة ...";
        # the member is no place: "خبراء في الأمم المتحدة" loses the في of its organisation)
        out[i] = replace(m, start=start, surface=norm[start:m.end], preposition=None)
        changed = True
    return out if changed else mentions
