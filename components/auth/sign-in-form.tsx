'use client';
import { useId, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { PasswordSignIn } from './password-sign-in';
import { TokenSignIn } from './token-sign-in';

type Method = 'password' | 'token';

type Props = {
  /** Already checked with safeNextPath. */
  nextPath: string;
  nautobotHost: string;
  /** The embedded fake backend, whose demo credentials may be shown. */
  demo: boolean;
};

/** Sign-in card: password (the server creates a token) or a pasted API token. Both panels stay mounted. */
export function SignInForm({ nextPath, nautobotHost, demo }: Props) {
  const [method, setMethod] = useState<Method>('password');
  const id = useId();
  const tabId = (m: Method) => `${id}-tab-${m}`;
  const panelId = (m: Method) => `${id}-panel-${m}`;
  const panel = (m: Method, children: ReactNode) => (
    <Box role="tabpanel" id={panelId(m)} aria-labelledby={tabId(m)} hidden={method !== m} sx={{ pt: 3 }}>
      {children}
    </Box>
  );

  return (
    <Card variant="outlined" sx={{ width: '100%', maxWidth: 440 }}>
      <CardContent sx={{ p: { xs: 3, sm: 4 } }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
          Sign in to LB Console
        </Typography>
        <Typography sx={{ color: 'text.secondary', mt: 0.5, mb: 2, overflowWrap: 'anywhere' }}>
          with your account on Nautobot at <strong>{nautobotHost}</strong>
        </Typography>
        {demo && (
          <Alert severity="info" sx={{ mb: 2 }}>
            Demo backend: sign in as <strong>admin</strong> / <strong>admin</strong>
          </Alert>
        )}
        <Tabs
          value={method}
          onChange={(_, next: Method) => setMethod(next)}
          aria-label="Sign-in method"
          variant="fullWidth"
          sx={{ borderBottom: 1, borderColor: 'divider' }}
        >
          <Tab
            value="password"
            label="Username and password"
            id={tabId('password')}
            aria-controls={panelId('password')}
          />
          <Tab value="token" label="API token" id={tabId('token')} aria-controls={panelId('token')} />
        </Tabs>
        {panel('password', <PasswordSignIn nextPath={nextPath} />)}
        {panel('token', <TokenSignIn nextPath={nextPath} />)}
      </CardContent>
    </Card>
  );
}
