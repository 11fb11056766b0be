/** A control's value as JSON: what drafts store, check answers show and JSON submission sends. */
export type FieldValue = string | string[] | { [key: string]: string | number | undefined } | null;
