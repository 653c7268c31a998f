"""Comment threads under a story are cut whatever their length (issue 13, round 2).

Threads are built from invented furniture in the forms comment sections use; the
look-alikes are stories that speak of comments, or have a "Comments" heading of their
own, and keep every paragraph.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bulletinkit import parse_text

STORY = (
    "Example Daily News\nPort Strike Ends After a Week\nBy Jo Lang\nMarch 3, 2019\n\n"
    "The strike at the port ended on Sunday after dock workers voted to accept a pay offer.\n\n"
    "The port will reopen to ships on Monday, its director said.\n\n"
)
PARAGRAPHS = ("The port will reopen to ships on Monday, its director said.",)
LEAD = "The strike at the port ended on Sunday after dock workers voted to accept a pay offer."

# One comment in each of the frames comment sections use.
FRAMES = (
    "river_watcher\n{n} hours ago\nThe port needed this deal.\nReply\nLike ({n})",
    "Ana K. says:\nMarch 4, 2019 at {n}:15 am\nWho will pay for it?\nReply",
    "oldtimer\nyesterday\nNot convinced this will last\n{n} likes\nReply",
    "kestrel\n{n}h ago\nGood news at last.\nReply",
)
HEADINGS = ("Comments ({n})", "{n} Comments", "Join the conversation", "", "Reader comments")
ENDINGS = ("Load more comments", "View 3 more replies", "", "Show more comments")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(0, len(FRAMES) - 1), min_size=1, max_size=120),
    st.sampled_from(HEADINGS),
    st.sampled_from(ENDINGS),
)
def test_a_comment_thread_of_any_length_is_cut(
    frames: list[int], heading: str, ending: str
) -> None:
    thread = "\n".join(FRAMES[f].format(n=i % 9 + 2) for i, f in enumerate(frames))
    page = STORY + heading.format(n=len(frames)) + "\n" + thread + "\n" + ending + "\n"
    bulletin = parse_text(page)
    assert bulletin.lead == LEAD
    assert bulletin.paragraphs == PARAGRAPHS


def test_a_footer_after_the_thread_stays() -> None:
    thread = "\n".join(FRAMES[0].format(n=n) for n in range(2, 60))
    page = (
        STORY
        + "Comments (58)\n"
        + thread
        + "\nLoad more comments\n\n© 2019 Example Daily News. All rights reserved.\n"
    )
    bulletin = parse_text(page)
    assert bulletin.paragraphs == PARAGRAPHS
    assert bulletin.license is not None


def test_a_dated_comment_thread_is_not_a_listing_page() -> None:
    thread = "\n".join(FRAMES[1].format(n=n % 12 + 1) for n in range(30))
    bulletin = parse_text(STORY + '30 thoughts on "Port Strike Ends After a Week"\n' + thread)
    assert bulletin.paragraphs == PARAGRAPHS


LOOKALIKES = (
    # A heading of the story's own, and paragraphs that speak of comments.
    "Comments\nThe draft lowers the fee for small claims.\n\n"
    "Comments on the draft can be sent until 20 March. The ministry will reply to each.",
    # Short lines that are not a thread's frame.
    "What do you think?\nReaders can send their views to the editor by 10 March.\n\n"
    "The ministry did not reply to a request for comment.",
    "Reply\nThe union sent its reply to the port's offer on Saturday.\n\n"
    "Two hours ago, the last ship left the harbour, the director said.",
)


def test_stories_that_speak_of_comments_keep_every_paragraph() -> None:
    for tail in LOOKALIKES:
        bulletin = parse_text(STORY + tail + "\n")
        assert bulletin.lead == LEAD
        assert bulletin.paragraphs[: len(PARAGRAPHS)] == PARAGRAPHS
        kept = "\n".join(bulletin.paragraphs)
        for line in tail.split("\n"):
            assert not line or line in kept, line


def test_a_head_with_a_time_and_a_comment_count_is_no_thread() -> None:
    page = (
        "Example Daily News\nPort Strike Ends After a Week\n5 hours ago\n12 comments\nLike\n"
        "March 3, 2019\n\nThe strike at the port ended on Sunday after dock workers voted.\n"
    )
    bulletin = parse_text(page)
    assert bulletin.title == "Port Strike Ends After a Week"
    assert bulletin.lead == "The strike at the port ended on Sunday after dock workers voted."


def test_a_counted_comments_heading_near_the_end_ends_the_story() -> None:
    # Without furniture: "Comments (2)" says a thread follows; a bare "Comments" with
    # nothing after it is the thread's empty heading.
    for tail in ("Comments (2)\nivan_88: The port should have settled sooner.", "Comments"):
        bulletin = parse_text(STORY + tail + "\n")
        assert bulletin.paragraphs == PARAGRAPHS, tail


# Each form of comment furniture in layout_comments.tsv, and headings with a count.
WIDGETS = (
    "Comments (142)",
    "12 Comments",
    "3 thoughts on “Port Strike”",
    "Reply",
    "Like",
    "Dislike",
    "Report abuse",
    "Flag",
    "Upvote",
    "Like (4)",
    "4 likes",
    "2 hours ago",
    "an hour ago",
    "just now",
    "yesterday",
    "Ana says:",
    "March 4, 2019 at 10:12 am",
    "Load more comments",
    "View 3 replies",
    "Sort by: Newest",
    "Oldest first",
    "Top comments",
    "Most liked",
    "Comments are closed.",
    "No comments yet",
    "Be the first to comment",
    "Log in to comment",
    "Your email address will not be published.",
)


def test_no_comment_widget_in_the_head_is_the_title() -> None:
    for widget in WIDGETS:
        page = f"Example News\nPort Strike Ends\n{widget}\nMarch 3, 2019\n\nThe strike ended.\n"
        assert parse_text(page).title == "Port Strike Ends", widget
