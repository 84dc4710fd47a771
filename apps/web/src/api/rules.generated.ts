// Validation rules of the product fields, read from the OpenAPI schema.
// Generated from the api's OpenAPI document by `npm run generate -w apps/web`: do not edit.

export const productRules = {
  "name": {
    "required": true,
    "nullable": false,
    "type": "string",
    "minLength": 1,
    "maxLength": 200,
    "pattern": "\\S"
  },
  "description": {
    "required": false,
    "nullable": true,
    "type": "string",
    "maxLength": 5000
  },
  "price": {
    "required": true,
    "nullable": false,
    "type": "number",
    "maximum": 9999999999.99,
    "exclusiveMinimum": 0,
    "x-decimal-places": 2
  },
  "categoria": {
    "required": true,
    "nullable": false,
    "type": "string",
    "enum": [
      "Eletrônico",
      "Eletrodoméstico",
      "Móveis",
      "Roupas",
      "Calçados"
    ]
  },
  "email_fornecedor": {
    "required": true,
    "nullable": false,
    "type": "string",
    "maxLength": 254,
    "format": "email"
  },
  "sku": {
    "required": false,
    "nullable": false,
    "type": "string",
    "minLength": 1,
    "maxLength": 64,
    "pattern": "^\\S(.*\\S)?$"
  }
} as const;

/** The `email` format of ajv-formats (full mode), as the api validates it. */
export const EMAIL_PATTERN = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
