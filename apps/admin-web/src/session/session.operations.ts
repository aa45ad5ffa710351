import { graphql } from '../graphql/generated';

/** Sign-in with an operator ID card and a password (第19条第1項): the console gets the HttpOnly cookie. */
export const SIGN_IN = graphql(`
  mutation SignIn($idCardNumber: String!, $password: String!) {
    signIn(idCardNumber: $idCardNumber, password: $password) {
      ...SessionFields
    }
  }
`);

export const ME = graphql(`
  query Me {
    me {
      ...SessionFields
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** 第21条第4項: the current password is required; the new one must pass 第21条第2項 (checked again by the API). */
export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ...SessionFields
    }
  }
`);

export const SESSION_FIELDS = graphql(`
  fragment SessionFields on Session {
    id
    staffId
    employeeNumber
    name
    nameKana
    title
    sectionId
    sectionName
    roles
    passwordChangeRequired
    passwordExpiresAt
    expiresAt
    absoluteExpiresAt
  }
`);
