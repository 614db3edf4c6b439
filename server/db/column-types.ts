import type { ColumnType } from 'kysely'

/** A timestamptz the database fills in on insert (both engines read it back as a Date). */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

/** A timestamptz that stays null until something happens (a scan finishing, say). */
export type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>
