"""One module per output format; each takes the per-file reports and writes to a stream."""

FORMATS = ("text", "json", "sarif", "github")
