/** An error's message for the screen (a thrown non-Error as text). */
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
