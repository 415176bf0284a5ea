"""Corpus mode: group a stream of articles into stories, keep them in a store, brief each story."""
