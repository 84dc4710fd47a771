import Type, { type Static } from 'typebox';

export const FieldErrorSchema = Type.Object({
  field: Type.String({ description: 'Name of the body, query or path field', examples: ['price'] }),
  message: Type.String({ examples: ['must be greater than 0'] }),
});

/** RFC 9457 problem details, the body of every error response. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({
      description: 'URI naming the kind of problem',
      examples: ['urn:cais:problem:not_found'],
    }),
    title: Type.String({ examples: ['Not found'] }),
    status: Type.Integer({ examples: [404] }),
    detail: Type.String({
      description: 'What went wrong, for a person',
      examples: ['Product not found'],
    }),
    instance: Type.Optional(Type.String({ description: 'The request path' })),
    code: Type.String({ description: 'Stable machine-readable code', examples: ['not_found'] }),
    request_id: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(FieldErrorSchema, { description: 'One entry per invalid field (422 only)' }),
    ),
  },
  { description: 'Problem details (RFC 9457), served as application/problem+json' },
);

export type Problem = Static<typeof ProblemSchema>;
