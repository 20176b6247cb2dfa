"""The candidate's own area: the profile (what they claim and want) beside their verified signals."""
