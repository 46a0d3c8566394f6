from literalist.stats import document_stats


def test_stats_count_prose_only():
    text = "Summarize the report. Keep it short.\n\n```\nignored code words here\n```\n"
    s = document_stats(text, "p.md")
    assert s["sentences"] == 2 and s["words"] == 6
    assert s["tokens_estimate"] == -(-len(text) // 4)
    assert isinstance(s["reading_grade"], float)
