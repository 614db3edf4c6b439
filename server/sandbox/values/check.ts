/** The outcome of checking one property value: the value to store, or HubSpot's error. */
export type Check = { ok: true; value: string } | { ok: false; error: string; message: string }

export const ok = (value: string): Check => ({ ok: true, value })

export const fail = (error: string, message: string): Check => ({ ok: false, error, message })
