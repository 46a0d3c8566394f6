"""The Literalist language server: the analysis core behind LSP, over stdio.

Nothing is imported here on purpose: an editor waits for the ``initialize`` answer, so
the heavy parts (the rules, nltk, textstat) load only after it has been sent.
"""
