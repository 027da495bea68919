"""Who can use a local service: where they live, their age, their diagnosis, and site exclusions."""
