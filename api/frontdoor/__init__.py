"""Front door: self-referral and pre-HNA triage for local cancer support services."""
