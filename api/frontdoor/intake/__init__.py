"""Reading what a person types, one turn at a time, for every channel alike.

The bot sends each message here with the question it answers (and its own guess at the intent); this
package decides what the message means: an answer to that question (its reader gets the first look),
a correction of an earlier answer, or an interruption such as "why do you need that?".
``conversation.py`` holds that arbitration; ``consent.py`` the privacy question's; ``readers.py`` one
reader per question; ``parsing.py`` the short-answer parsers; ``review.py`` the read-back;
``sending.py`` sends the referral with the answer that leaves nothing to ask. The referral itself (the
record) lives in ``frontdoor.referrals``.
"""
