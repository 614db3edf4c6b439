import { useCallback, useEffect, useRef, useState } from 'react'

/** One request's outcome as the card renders it. */
export type DataState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'success'; readonly data: T }
  | { readonly status: 'error'; readonly error: unknown }

/**
 * Loads with `load`, again whenever `key` changes or `reload` is called. Only the newest
 * request may settle the state: an older answer arriving late is dropped, so a reload after
 * a fix never shows the findings from before it. `refresh` reloads without the spinner.
 */
export function useCardData<T>(load: () => Promise<T>, key: string) {
  const [state, setState] = useState<DataState<T>>({ status: 'loading' })
  const latest = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const run = useCallback((quiet: boolean) => {
    latest.current += 1
    const request = latest.current
    if (!quiet) setState({ status: 'loading' })
    loadRef.current().then(
      (data) => {
        if (request === latest.current) setState({ status: 'success', data })
      },
      (error: unknown) => {
        if (request === latest.current) setState({ status: 'error', error })
      },
    )
  }, [])
  const reload = useCallback(() => run(false), [run])
  // Keeps what is on screen until the new answer arrives: for polling.
  const refresh = useCallback(() => run(true), [run])

  useEffect(() => {
    reload()

    // Unmounting counts as a newer request: nothing settles after it.
    return () => { latest.current += 1 }
  }, [key, reload])

  return { state, reload, refresh }
}
