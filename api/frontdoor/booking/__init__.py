"""First appointments: link workers' diaries, slots and bookings."""
