"""Staff accounts (link workers, admins), sign-in and access to sites."""
