"""The practice area: browse the bank, solve coding problems, answer quizzes, hand in take-homes, see history."""
