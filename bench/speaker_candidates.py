"""Candidate speakers of each quote and their features, for the speaker ranker experiment.

The ranker (``bench/speaker_ranker.py``) chooses a quote's speaker among the names around it,
the attribution rules' answer (``crosscheck/speech.py``) being one of its cues. It was measured
against the rules on 2026-12-01 (leave-one-cluster-out on the tuning gold, and on the
validation batch ``gold/multinews-s4``) and again on 2026-12-03 (121 tuning records, the
thirteen validation sets pooled) and did not beat them on new text, so briefs do not use it;
this module keeps its feature code so the measurement can be repeated (docs/measurements.md,
"Speakers, fifth round" and "Speakers: the learned ranker again").
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from newsfuse.crosscheck.names import Names, entity_of, names_of  # noqa: E402
from newsfuse.crosscheck.speech import (FEMALE, MALE, PRONOUNS, article_quotes,  # noqa: E402
                                        confident, continuations, mentions_in, quote_spans)


def rule_quotes(cluster) -> dict[str, list[dict]]:
    """Article id -> the quotes the attribution rules read, with the rules' speaker (resolved)
    and how they found it: the rules' answer, which the ranker takes as one of its cues."""
    def build(c):
        names = names_of(c)
        out = {}
        for article in c.articles:
            qs = article_quotes(c.docs.get(article.id, []), names)
            for q in qs:
                q["attribution"] = q.get("attribution") or ("direct" if q["speaker"] else None)
                q["speaker"] = names.resolve(q["speaker"]) if q["speaker"] else None
            out[article.id] = qs
        return out
    return cluster.derive("speech_rules", build)


# A speaker is given when the model's probability for it is at least this. Measured out of
# sample (``bench/speaker_ranker.py loco``, 39 tuning clusters, 2026-12-01): the top names
# scored 0.3 to 0.5 were right 0.55 of the time (6/11), those below 0.3 0.22 (7/32), so below
# 0.3 a given name is more often wrong than right.
RANKER_THRESHOLD = 0.3
WINDOW_BEFORE, WINDOW_AFTER = 4, 1  # sentences around the quote whose names are candidates
RULE_GROUPS = {"direct": "direct", "according": "direct", "pronoun": "pronoun",
               "pronoun-ambiguous": "pronoun", "pronoun-across": "pronoun",
               "pronoun-chain": "pronoun", "pronoun-floor": "pronoun", "pronoun-far": "far",
               "pronoun-after": "far",
               "continued": "continued", "paragraph": "continued", "carried": "continued",
               # kinds the rules gained after the fourth session
               "label": "direct", "owner": "direct", "pronoun-sole": "far",
               "pronoun-short": "far", "named-in-quote": "continued", "relayed": "continued"}
RANKER_FEATURES = (
    "is_rule", "rule_direct", "rule_pronoun", "rule_far", "rule_continued",
    "q_has_rule", "q_direct", "q_pronoun", "q_far", "q_continued", "q_governed",
    "q_person_pronoun", "q_group_pronoun", "q_opens_paragraph", "q_words", "n_candidates",
    "dist_before", "par_dist", "same_sentence", "after", "same_paragraph", "token_dist",
    "speech_subject", "speaker_rank", "recency_rank", "is_person", "is_org", "gender",
    "n_window", "n_article", "n_cluster", "multiword", "lowercase", "in_quote",
    "subject_role", "object_role", "rule_given", "q_given",
)


def _located_mentions(docs, names: Names):
    """Every name an article gives outside quotation marks, as ``mentions_in`` reads it, with
    where it stands: (name, label, paragraph, sentence number, token, speech subject), and the
    sentence number of each (paragraph, sentence start)."""
    out, history, sent_no = [], [], {}
    continuing = continuations(docs)
    n = 0
    for p, doc in enumerate(docs):
        inside = set()
        for start, end, _, _ in quote_spans(doc.text, p in continuing):
            span = doc.char_span(start, end, alignment_mode="expand") \
                if doc.text[start:end].strip() else None
            if span is not None:
                inside.update(range(span.start, span.end))
        for sent in doc.sents:
            sent_no[(p, sent.start)] = n
            found = mentions_in([t for t in sent if t.i not in inside], names, history)
            history.extend(found)
            out.extend((m[0], m[1], p, n, m[2], m[3]) for m in found
                       if m[0] and m[0] not in PRONOUNS)
            n += 1
    return out, sent_no


def _role(token) -> tuple[bool, bool]:
    """(subject, object) for the mention at a token: the entity's head decides."""
    ent = entity_of(token)
    dep = (ent.root if ent is not None else token).dep_
    return dep in ("nsubj", "nsubjpass"), dep in ("dobj", "pobj", "dative", "poss")


def speaker_candidates(cluster) -> dict[str, list[list[tuple[str, str | None, list[float]]]]]:
    """Article id -> for each rule quote (``rule_quotes``), its candidate speakers as (name,
    label, features in ``RANKER_FEATURES`` order): every name given in the quote's sentence,
    the four before it and the one after, and the rules' own answer. The one feature code
    path for fitting and scoring the ranker."""
    def build(c):
        names = names_of(c)
        out = {}
        for article in c.articles:
            docs = c.docs.get(article.id, [])
            located, sent_no = _located_mentions(docs, names)
            per_article = Counter(m[0] for m in located)
            rows = []
            for q in rule_quotes(c)[article.id]:
                rows.append(_quote_candidates(q, docs, located, sent_no, per_article, names))
            out[article.id] = rows
        return out
    return cluster.derive("speech_candidates", build)


def _quote_candidates(q, docs, located, sent_no, per_article, names: Names):
    p, start, end = q["spans"][0]
    sent = docs[p][start].sent
    n = sent_no.get((p, sent.start), 0)
    near = [m for m in located if n - WINDOW_BEFORE <= m[3] <= n + WINDOW_AFTER]
    labels: dict[str, str | None] = {}
    for m in near:
        labels.setdefault(m[0], names.label.get(m[0], m[1]))
    rule = q["speaker"]
    if rule and rule not in PRONOUNS:
        labels.setdefault(rule, q.get("label") if q.get("label") != "continued"
                          else names.label.get(rule))
    if not labels:
        return []
    group = RULE_GROUPS.get(q["attribution"] or "")
    pronoun = q.get("pronoun")
    want = "M" if pronoun in MALE else "F" if pronoun in FEMALE else None
    # a mention before the quote: earlier sentence, or same sentence before the quote opens
    before = [m for m in near if m[3] < n or (m[3] == n and m[2] == p and m[4] < start)]
    recency = list(dict.fromkeys(m[0] for m in reversed(before)))
    spoke = list(dict.fromkeys(m[0] for m in reversed(before) if m[5]))
    text = q["text"].lower()
    rows = []
    for name, label in labels.items():
        mine = [m for m in near if m[0] == name]
        mine_before = [m for m in before if m[0] == name]
        here = [m for m in mine if m[3] == n and m[2] == p]
        role = [_role(docs[m[2]][m[4]]) for m in mine]
        gender = 0.0
        if want is not None:
            g = names.gender.get(name)
            gender = -1.0 if label != "PERSON" or (g and g != want) else 1.0 if g == want else 0.0
        elif pronoun in ("they", "it", "we"):
            gender = 1.0 if label in ("ORG", "GPE", "NORP") else -1.0
        last = name.split()[-1].lower() if name.split() else name.lower()
        feats = {
            "is_rule": float(name == rule),
            "rule_direct": float(name == rule and group == "direct"),
            "rule_pronoun": float(name == rule and group == "pronoun"),
            "rule_far": float(name == rule and group == "far"),
            "rule_continued": float(name == rule and group == "continued"),
            "q_has_rule": float(rule is not None),
            "q_direct": float(group == "direct"), "q_pronoun": float(group == "pronoun"),
            "q_far": float(group == "far"), "q_continued": float(group == "continued"),
            "q_governed": float(bool(q.get("governed"))),
            "q_person_pronoun": float(want is not None),
            "q_group_pronoun": float(pronoun in ("they", "it", "we")),
            "q_opens_paragraph": float(start <= 1),
            "q_words": float(min(len(q["text"].split()), 60)),
            "n_candidates": float(len(labels)),
            "dist_before": float(min((n - m[3] for m in mine_before), default=WINDOW_BEFORE + 1)),
            "par_dist": float(min((p - m[2] for m in mine_before), default=5)),
            "same_sentence": float(bool(here)),
            "after": float(any(m not in mine_before for m in mine)),
            "same_paragraph": float(any(m[2] == p for m in mine)),
            "token_dist": float(min((min(abs(m[4] - start), abs(m[4] - end)) for m in here),
                                    default=60)),
            "speech_subject": float(any(m[5] for m in mine)),
            "speaker_rank": float(spoke.index(name) if name in spoke else 6),
            "recency_rank": float(recency.index(name) if name in recency else 8),
            "is_person": float(label == "PERSON"), "is_org": float(label == "ORG"),
            "gender": gender,
            "n_window": float(len(mine)),
            "n_article": float(min(per_article.get(name, 0), 20)),
            "n_cluster": float(min(names.count.get(name, 0), 50)),
            "multiword": float(len(name.split()) >= 2),
            "lowercase": float(not name[:1].isupper()),
            "in_quote": float(bool(re.search(rf"\b{re.escape(last)}\b", text))),
            "subject_role": float(any(r[0] for r in role)),
            "object_role": float(any(r[1] for r in role)),
            # the rules give this answer (the abstention policy, ``speech.confident``)
            "rule_given": float(name == rule and confident(q["attribution"])),
            "q_given": float(rule is not None and confident(q["attribution"])),
        }
        rows.append((name, label, [feats[f] for f in RANKER_FEATURES]))
    return rows


def ranker_probability(model: dict, rows) -> "np.ndarray":
    """P(the candidate is the speaker) for feature rows, as the fitted model reads them."""
    import numpy as np

    x = (np.asarray(rows, dtype=float) - np.asarray(model["mean"])) / np.asarray(model["scale"])
    return 1.0 / (1.0 + np.exp(-(x @ np.asarray(model["weights"]) + model["bias"])))
