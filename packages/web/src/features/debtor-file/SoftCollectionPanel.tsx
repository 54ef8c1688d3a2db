import { SoftCollectionTab } from '../notices/SoftCollectionTab';

/** "Windykacja miękka" tab: the soft-collection feature's component (features/notices). */
export function SoftCollectionPanel({ fileId }: { fileId: string }) {
  return <SoftCollectionTab fileId={fileId} />;
}
