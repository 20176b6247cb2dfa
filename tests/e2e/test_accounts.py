"""A new candidate signs up, finds every page saying what to do next, and fills in the profile."""

from playwright.sync_api import expect

from tests.e2e.helpers import PASSWORD, screenshot

WRITEUP = "## Route planner\nDijkstra on a city graph: $O(m \\log n)$."


def test_a_new_candidate_signs_up_and_sees_what_to_do_next(page, console):
    console.allow("status of 422")  # the form sent back with its mistake explained
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Show what you can build")
    screenshot(page, "landing")
    page.get_by_role("link", name="Create an account").click()
    page.get_by_label("Your name").fill("Ada Lovelace")
    page.get_by_label("Email").fill("ada@example.com")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill("not the same")
    screenshot(page, "signup")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_text("The passwords differ.")).to_be_visible()
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("status")).to_contain_text("Welcome to vetkit")
    screenshot(page, "practice-list")
    page.get_by_role("link", name="Submissions").click()
    expect(page.get_by_role("link", name="Pick a practice question")).to_be_visible()
    screenshot(page, "history-empty")
    page.get_by_role("link", name="Profile").click()
    expect(page.get_by_role("link", name="Solve a practice question")).to_be_visible()
    screenshot(page, "profile-empty")


def test_a_candidate_fills_in_the_profile(page, candidate):
    page.goto("/profile")
    page.get_by_role("link", name="Edit profile").click()
    page.get_by_label("Headline").fill("Third-year CS student building recommender systems")
    skills = page.get_by_role("group", name="Skills you claim")
    skills.get_by_label("Graphs", exact=True).check()
    skills.get_by_label("Classification metrics").check()
    page.get_by_label("GitHub").fill("https://github.com/ada")
    page.get_by_label("Project write-ups (Markdown)").fill(WRITEUP)
    page.get_by_label("Location").fill("Lyon, France")
    page.get_by_label("Time zone").select_option("Europe/Paris")
    page.get_by_label("Summer").check()
    page.get_by_label("Hourly salary target").fill("25")
    page.get_by_label("Currency").select_option("EUR")
    page.get_by_label("Share my profile").check()
    screenshot(page, "profile-editor")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_role("status")).to_contain_text("Your profile is saved")
    expect(page.get_by_text("Shared with recruiters")).to_be_visible()
    expect(page.locator(".markdown h2")).to_have_text("Route planner")
    expect(page.locator(".writeups .katex")).to_be_visible()
    screenshot(page, "profile")
