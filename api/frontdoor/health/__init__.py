"""Health of the API and the processes it depends on."""
