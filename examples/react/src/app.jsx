import { useState } from 'react';
import { GerButton, GerRadio, GerRadioGroup, GerTextField } from '@ger/react';

/** A passport pick-up form: React owns the values; Ger draws the fields and checks them. */
export function App() {
  const [name, setName] = useState('');
  const [delivery, setDelivery] = useState('');
  const [sent, setSent] = useState(null);

  const submit = (event) => {
    event.preventDefault();
    setSent({ name, delivery });
  };

  return (
    <main>
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
        <output id="sent">
          {sent.name}: {sent.delivery}
        </output>
      )}
    </main>
  );
}
