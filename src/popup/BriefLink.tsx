import { hrefOf } from '../ui/route.ts';

export const BriefLink = ({ id, name }: { id: string; name: string }) => <a href={hrefOf({ view: 'brief', id })}>{name}</a>;
