"""Reliability: concurrency, crashes, hostile input, security and backups (issue 6)."""
