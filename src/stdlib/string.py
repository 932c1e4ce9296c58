# string (tikitaka's frozen subset): the character-class constants
# (ascii_letters, ascii_lowercase, ascii_uppercase, digits, hexdigits,
# octdigits, punctuation, printable, whitespace) and capwords. Not provided:
# Template, Formatter.

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words, capitalize each, and join them with sep (or a space)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))
