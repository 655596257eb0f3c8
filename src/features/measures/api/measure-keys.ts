/** The measure keys live in lib, because editing updates what this feature reads. */
export { measureKeys } from '@/lib/query-keys';
