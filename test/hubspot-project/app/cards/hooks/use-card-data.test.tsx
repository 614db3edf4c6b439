import { Button, Text } from '@hubspot/ui-extensions'
import { createRenderer } from '@hubspot/ui-extensions/testing'
import { describe, expect, it } from 'vitest'

import { useCardData } from '../../../../../hubspot-project/app/cards/hooks/use-card-data.ts'

/** Answers are released by hand, so a test decides which one arrives first. */
function deferredLoads() {
  const pending: ((value: string) => void)[] = []
  const load = () => new Promise<string>((resolve) => pending.push(resolve))

  return { load, pending }
}

function Probe({ load }: { load: () => Promise<string> }) {
  const { state, reload } = useCardData(load, 'one-key')

  return (
    <>
      <Text testId="shown">{state.status === 'success' ? state.data : state.status}</Text>
      <Button testId="reload" onClick={reload}>Reload</Button>
    </>
  )
}

describe('useCardData', () => {
  it('drops an older answer that arrives after a newer one', async () => {
    const { load, pending } = deferredLoads()
    const { render, findByTestId, waitFor } = createRenderer('crm.record.tab')
    render(<Probe load={load} />)

    findByTestId(Button, 'reload').trigger('onClick')
    pending[1]?.('newer')
    await waitFor(() => expect(findByTestId(Text, 'shown').text).toBe('newer'))
    pending[0]?.('older')
    await new Promise((resolve) => setTimeout(resolve, 20))

    expect(pending).toHaveLength(2)
    expect(findByTestId(Text, 'shown').text).toBe('newer')
  })
})
