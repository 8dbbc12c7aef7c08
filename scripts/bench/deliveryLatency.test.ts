import { describe, expect, it } from 'vitest';
import { DeliveryLatency } from './deliveryLatency';

describe('DeliveryLatency', () => {
  it("matches the n-th arrival of an event with the server's n-th emit, whichever is known first", () => {
    const delivery = new DeliveryLatency();
    delivery.emitted('room:view', 1000);
    delivery.arrived('room:view', 0, 1004);
    // The second arrival comes before the parent has passed on the second emit.
    delivery.arrived('room:view', 1, 2010);
    delivery.arrived('room:view', 1, 2030);
    expect(delivery.unmatched()).toBe(2);
    delivery.emitted('room:view', 2000);
    expect(delivery.unmatched()).toBe(0);
    expect(delivery.windows.get('room:view')?.total.summary()).toMatchObject({
      count: 3,
      max: 30,
    });
  });

  it('keeps events apart and leaves an arrival without an emit unmatched', () => {
    const delivery = new DeliveryLatency();
    delivery.emitted('process:events', 500);
    delivery.arrived('room:progress', 0, 510);
    expect(delivery.unmatched()).toBe(1);
    expect(delivery.windows.get('process:events')).toBeUndefined();
  });
});
