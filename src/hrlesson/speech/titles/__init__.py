"""Titles and their holders: title words, titled names, which person holds the title a description names."""
