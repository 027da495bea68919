"""The service lead's reports: the service as a whole, from aggregates only."""
