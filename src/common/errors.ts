/** A bad input: the message names the input and says what would be accepted. Raised before anything is written. */
export class InputError extends Error {
  constructor(input: string, message: string) {
    super(`${input}: ${message}`);
    this.name = 'InputError';
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
