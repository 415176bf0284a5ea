from newsfuse.analyze import analyze, content_terms, tokenize
from newsfuse.model import Article


def test_analyze_spacy_keeps_the_sentence_boundaries_of_the_pass(example_cluster):
    """Parser, NER and every analysis must agree on what a sentence is."""
    for article in example_cluster.articles:
        sentences = example_cluster.sentences_of(article.id)
        in_docs = [sent.text.strip() for doc in example_cluster.docs[article.id] for sent in doc.sents]
        assert in_docs == [s.text for s in sentences]


def test_analyze_sentences_point_into_their_article(example_cluster):
    for s in example_cluster.sentences:
        article = example_cluster.article(s.article)
        if s.is_headline:
            assert s.text == article.title and s.position == -1
        else:
            assert article.text[s.start:s.end] == s.text


def test_analyze_headline_and_first_sentence_stay_apart(example_paths):
    article = Article(text=example_paths[0].read_text())
    cluster = analyze([article], entities=False)
    first = cluster.sentences[0]
    assert first.text == "Bombs rain down as Syria declares truce over"
    assert cluster.sentences[1].text.startswith("According to Russia's military")


def test_analyze_tricky_abbreviations_do_not_split(example_cluster):
    texts = [s.text for s in example_cluster.sentences]
    assert not any(t in ("U.S.", "Lt.", "Col.") for t in texts)
    assert any("Lt. Col. Rick Francona" in t for t in texts)


def test_analyze_entities_and_lexical_vectors(example_cluster):
    people = {e.text for s in example_cluster.sentences for e in s.entities if e.label == "PERSON"}
    assert "Samantha Power" in people
    vectors = example_cluster.vectors
    assert vectors.shape[0] == len(example_cluster.sentences)
    same = [s.index for s in example_cluster.sentences if "heavy-handedness" in s.text]
    other = [s.index for s in example_cluster.sentences if "Red Cross" in s.text or "Aleppo" in s.text]
    assert vectors[same[0]] @ vectors[same[1]] > vectors[same[0]] @ vectors[other[0]]


def test_analyze_terms_are_stemmed_content_words():
    words = tokenize("The U.S.-led coalition killed 62 soldiers; Russia's military said so.")
    assert "u.s.-led" in words or "u.s" in words
    terms = content_terms(words)
    assert "kill" in terms and "soldier" in terms and "62" in terms
    assert "the" not in terms and "so" not in terms


def test_analyze_embeddings_are_computed_once_on_demand(example_paths):
    cluster = analyze([Article(text=example_paths[3].read_text())], entities=False)
    assert not cluster._embedded
    some = cluster.embeddings_for([2, 0])
    assert some.shape == (2, 384) and set(cluster._embedded) == {0, 2}
    first = cluster.embeddings
    assert first.shape == (len(cluster.sentences), 384)
    assert (cluster.embeddings == first).all()
    assert (first[[2, 0]] == some).all()


def test_analyze_sentences_embedded_ahead_are_read_from_that_run(example_paths):
    """``embed_ahead`` starts one run for the sentences not embedded or started yet;
    ``embeddings_for`` then reads a started run it needs instead of encoding those sentences
    again, and encodes only the rest; the vectors are the encoder's own. Without a way to
    encode beside the process (``embed_later`` None) nothing is started."""
    import numpy as np

    from newsfuse.nlp.encoder import local_encoder

    cluster = analyze([Article(text=example_paths[3].read_text())], entities=False)
    runs = []

    def now(sentences):
        runs.append(("now", [s.index for s in sentences]))
        return local_encoder().encode([s.text for s in sentences])

    def later(sentences):
        runs.append(("ahead", [s.index for s in sentences]))
        vectors = local_encoder().encode([s.text for s in sentences])
        return lambda: runs.append(("read", [s.index for s in sentences])) or vectors

    cluster.embed, cluster.embed_later = now, later
    cluster.embed_ahead([5, 3, 5, 8])
    cluster.embed_ahead([3, 9])  # 3 is started already
    rows = cluster.embeddings_for([8, 2])
    assert runs == [("ahead", [5, 3, 8]), ("ahead", [9]), ("read", [5, 3, 8]), ("now", [2])]
    texts = [cluster.sentences[i].text for i in (8, 2)]
    assert np.array_equal(rows, local_encoder().encode(texts))
    assert np.array_equal(cluster.embeddings_for([9, 3])[1], local_encoder().encode([cluster.sentences[3].text])[0])
    assert runs[-1] == ("read", [9])

    cluster.embed_later = None  # cannot encode beside this process
    cluster.embed_ahead([0, 1])
    assert not cluster._embedding and 0 not in cluster._embedded


def test_the_analysis_pass_reaches_into_no_section():
    """Text flows one way: the analysis pass builds the cluster and the sections (crosscheck/,
    summarize) read it. A per-article answer the pass keeps (``Article.game_report``) is asked
    of a module at the analysis level, never of a section's module, so no section's code runs
    before the cluster exists."""
    import ast
    from pathlib import Path

    import newsfuse.analyze

    tree = ast.parse(Path(newsfuse.analyze.__file__).read_text(encoding="utf-8"))
    reached = [node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
               and node.level == 1 and (node.module or "").split(".")[0] in ("crosscheck", "summarize", "render")]
    assert reached == []


def test_a_long_run_without_sentence_ends_is_parsed_in_pieces_that_point_into_the_article(example_paths):
    """One report repeated without sentence punctuation to 50,000 characters on one line: the
    20,000-character chunks were each one spaCy doc, which every figure, entity and speaker rule
    reads whole at each call (the claims of 2 MB of such text: 21 s of CPU, 6 s punctuated),
    and a chunk ended mid-word ("Those se" | "ven"). Each piece cut at spaces is now a doc of
    its own, pieces end at spaces, and sentences still point into the article and agree with
    their docs; the cut is still counted for the brief's note."""
    import re

    from newsfuse.analyze import MAX_SENTENCE_CHARS

    report = example_paths[0].read_text(encoding="utf-8").splitlines()
    one_line = re.sub(r"\s+", " ", re.sub(r"[.!?,;:]+(?=\s|$)", "", " ".join(report[1:])))
    text = " ".join([one_line] * (50_000 // len(one_line) + 1))
    article = Article(title=report[0], text=text)
    cluster = analyze([article])
    docs = cluster.docs[article.id]
    assert len(docs) > 20 and all(len(doc.text) <= MAX_SENTENCE_CHARS for doc in docs)
    words = set(text.split())
    body = [s for s in cluster.sentences if not s.is_headline]
    for s in body:
        assert article.text[s.start:s.end] == s.text
        assert s.text.split()[0] in words and s.text.split()[-1] in words, s.text[:40] + " ... " + s.text[-40:]
    assert [sent.text.strip() for doc in docs for sent in doc.sents] == [s.text for s in cluster.sentences]
    assert len(cluster.cut_runs[article.id]) == 3
