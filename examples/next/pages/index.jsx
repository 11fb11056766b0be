import Head from 'next/head';
import { useState } from 'react';
import { GerButton, GerNotificationBanner, GerRadio, GerRadioGroup, GerTextField } from '@ger/react';

/**
 * A passport pick-up form, server-rendered: the fields' shadow roots arrive in the HTML, so the
 * form shows before any script runs. React owns the values; Ger draws the fields and checks them.
 */
export default function PassportPickUp() {
  const [name, setName] = useState('');
  const [delivery, setDelivery] = useState('');
  const [sent, setSent] = useState(null);

  const submit = (event) => {
    event.preventDefault();
    setSent({ name, delivery });
  };

  return (
    <main>
      <Head>
        <title>Гадаад паспорт</title>
      </Head>
      <h1>Гадаад паспорт</h1>
      <form onSubmit={submit}>
        <GerTextField label="Овог нэр" name="name" required value={name} onInput={(event) => setName(event.currentTarget.value)} />
        <GerRadioGroup label="Паспортоо хэрхэн авах вэ?" name="delivery" required value={delivery} onChange={(event) => setDelivery(event.currentTarget.value)}>
          <GerRadio value="office">Үйлчилгээний төвөөс очиж авна</GerRadio>
          <GerRadio value="post">Шуудангаар хүргүүлнэ</GerRadio>
        </GerRadioGroup>
        <GerButton type="submit">Илгээх</GerButton>
      </form>
      {sent && (
        // React hears the banner's own `ger-dismiss` event and removes it.
        <GerNotificationBanner variant="success" dismissible onGerDismiss={() => setSent(null)}>
          <output id="sent">
            {sent.name}: {sent.delivery}
          </output>
        </GerNotificationBanner>
      )}
    </main>
  );
}
