import type { LifecycleAction } from '@/api/instances/mutations';

/** Actions that end what runs in an instance: they ask first, naming the instances. */
export const CONFIRMED_ACTIONS: ReadonlySet<LifecycleAction> = new Set(['stop', 'force-stop', 'restart']);

/** A bulk run asks first whenever it would touch a running instance. */
export const BULK_CONFIRMED_ACTIONS: ReadonlySet<LifecycleAction> = new Set(['stop', 'force-stop', 'restart', 'freeze']);
