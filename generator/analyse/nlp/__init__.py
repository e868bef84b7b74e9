"""The English spaCy pipeline, loaded once per process with the project's own components."""
