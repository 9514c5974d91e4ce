"""Unicode: case mapping, casefold, astral characters, non-ASCII digits."""


def case_upper_sharp_s():
    return "straße".upper()


def case_lower_sigma():
    return "ΣΑΣ".lower()


def case_casefold_sharp_s():
    return "Straße".casefold()


def case_casefold_compare():
    return "STRASSE".casefold() == "straße".casefold()


def case_len_astral():
    return len("a😀b")


def case_index_astral():
    return "😀b"[1]


def case_reverse_astral():
    return "a😀"[::-1]


def case_len_combining():
    return len("e\u0301")


def case_isdigit_arabic_indic():
    return "٣".isdigit()


def case_isdigit_superscript():
    return "²".isdigit()


def case_isdecimal_isnumeric():
    return ["٣".isdecimal(), "½".isnumeric()]


def case_int_of_arabic_indic():
    return int("٣٤")


def case_isalpha_non_ascii():
    return ["é".isalpha(), "日本".isalpha()]


def case_upper_accented():
    return "éàü".upper()


def case_title_non_ascii():
    return "élan vital".title()


def case_ord_astral():
    return ord("😀")


def case_chr_astral():
    return chr(128512) == "😀"


def case_sort_non_ascii():
    return sorted(["é", "z", "a"])


def case_split_unicode_space():
    return "a\u00a0b\u2003c".split()


def case_strip_unicode_space():
    return "\u00a0a\u00a0".strip()


def case_input_len(text):
    return len(text)


def case_iterate_astral():
    return [c for c in "a😀"]


def case_isspace_nbsp():
    return "\u00a0".isspace()


def case_lower_turkish_dotted_i():
    return "İ".lower()


def case_isupper_non_ascii():
    return ["É".isupper(), "ß".islower()]


def case_zfill_counts_characters():
    smile = chr(0x1F600)
    return [smile.zfill(3), ("-" + smile).zfill(4), "42".zfill(5)]
