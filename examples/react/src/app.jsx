import { useState } from 'react';
import { GerButton, GerFileUpload, GerRadio, GerRadioGroup, GerTextField } from '@ger/react';

// The photo the citizen uploaded last time, as the agency's server describes it: a file with a `ref` is restored.
const PROFILE_PHOTO = { name: 'zurag-2025.jpg', size: 48213, ref: 'photo-7731' };

/** A passport pick-up form: React owns the values; Ger draws the fields and checks them. */
export function App() {
  const [name, setName] = useState('');
  const [delivery, setDelivery] = useState('');
  const [sent, setSent] = useState(null);
  // What the agency's server said of the last name sent; here a stand-in that refuses digits.
  const [nameError, setNameError] = useState('');

  const submit = (event) => {
    event.preventDefault();
    if (/\d/.test(name)) {
      setNameError('Овог нэрэнд тоо бичихгүй');
      return;
    }
    const form = new FormData(event.currentTarget);
    const photo = form.get('photo');
    setSent({ name, delivery, phone: form.get('phone'), photo: typeof photo === 'string' ? photo : photo?.name });
  };

  return (
    <main>
      <h1>Гадаад паспорт</h1>
      <form onSubmit={submit}>
        {/* The server's error is cleared as the name changes, so the next answer shows even when it is the same. */}
        <GerTextField
          label="Овог нэр"
          name="name"
          required
          value={name}
          error={nameError}
          onInput={(event) => {
            setName(event.currentTarget.value);
            setNameError('');
          }}
        />
        {/* Filled in from the citizen's profile and left to the form (uncontrolled): a form reset puts it back. */}
        <GerTextField label="Утасны дугаар" name="phone" type="tel" defaultValue="99112233" />
        {/* Given once; a photo the citizen chooses instead stays while React renders again. */}
        <GerFileUpload label="Цээж зураг" name="photo" accept="image/jpeg,image/png" jsonValue={PROFILE_PHOTO} />
        <GerRadioGroup label="Паспортоо хэрхэн авах вэ?" name="delivery" required value={delivery} onChange={(event) => setDelivery(event.currentTarget.value)}>
          <GerRadio value="office">Үйлчилгээний төвөөс очиж авна</GerRadio>
          <GerRadio value="post">Шуудангаар хүргүүлнэ</GerRadio>
        </GerRadioGroup>
        <GerButton type="submit">Илгээх</GerButton>
      </form>
      {sent && (
        <>
          <output id="sent">
            {sent.name}: {sent.delivery}
          </output>
          <output id="sent-phone">{sent.phone}</output>
          <output id="sent-photo">{sent.photo}</output>
        </>
      )}
    </main>
  );
}
