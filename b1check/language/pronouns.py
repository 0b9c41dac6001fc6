"""Who does it, as the subject of a sentence: "door ons" → "wij", with the forms of
"hebben" and "moeten" that agree with it. The passive rule (PAS001) and the clause
before a noun (WRD002) both turn "door …" into the subject."""

from __future__ import annotations

# object pronoun → (subject, "hebben", "moeten") in agreement; "u heeft" as letters write it.
AS_SUBJECT: dict[str, tuple[str, str, str]] = {
    "u": ("u", "heeft", "moet"), "ons": ("wij", "hebben", "moeten"), "mij": ("ik", "heb", "moet"),
    "me": ("ik", "heb", "moet"), "jou": ("jij", "hebt", "moet"), "je": ("je", "hebt", "moet"),
    "hem": ("hij", "heeft", "moet"), "haar": ("zij", "heeft", "moet"), "hen": ("zij", "hebben", "moeten"),
    "hun": ("zij", "hebben", "moeten"), "jullie": ("jullie", "hebben", "moeten"),
}
