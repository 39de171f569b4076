const CHARACTER_CLASSES = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

/**
 * Checks a node logon password against the guide's rule: 8-30 characters, at least three of
 * uppercase, lowercase, digits and special characters, and no backslash or double quote.
 * Returns the message to show, or undefined when the password is acceptable.
 */
export function logonPasswordProblem(password: string): string | undefined {
  if (password.length < 8 || password.length > 30) {
    return 'The password should be 8-30 characters long.';
  }
  if (/["\\]/.test(password)) {
    return 'The password cannot contain \\ or ".';
  }
  const classes = CHARACTER_CLASSES.filter((re) => re.test(password)).length;
  if (classes < 3) {
    return 'The password must contain three types of characters (uppercase/lowercase letters, numbers and special characters).';
  }
  return undefined;
}
