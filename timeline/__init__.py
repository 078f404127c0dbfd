"""timeline: a dated, cited timeline of the key events in a pile of news articles."""
