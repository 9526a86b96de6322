"""Claimtrail: source review and claim provenance for career guides."""
