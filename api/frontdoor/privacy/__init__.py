"""Privacy: the notice people agree to, retention and erasure."""
