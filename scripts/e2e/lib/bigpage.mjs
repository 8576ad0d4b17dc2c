// Generated LinkedIn invitation pages of any size, in the current layout
// (the same card as core/page's 1,000-card benchmark), for `make bench`.
const card = (i) => {
  const k = String(i).padStart(8, '0');
  const urn = `urn:li:invitation:73120000${k}`;
  const prof = `https://www.linkedin.com/in/person-${i}/?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoAA${i}`;
  return `<div role="listitem" componentkey="${urn}" class="_a1b2c3d4">
<div data-view-name="pending-invitation" class="_e5f6a7b8 _c9d0e1f2">
<div class="_0a1b2c3d"><a href="${prof}" tabindex="-1" aria-hidden="true"><figure class="_4e5f6a7b"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-delayed-url="https://media.licdn.com/dms/image/v2/D4E03AQ${i}/profile-displayphoto-shrink_100_100/0/1" alt="Person ${i}’s profile picture" width="72" height="72"></figure></a></div>
<div class="_8c9d0e1f">
<div class="_2a3b4c5d"><a href="${prof}"><strong class="_6e7f8a9b">Person ${i}</strong></a></div>
<p class="_0c1d2e3f">Person ${i} is inviting you to connect</p>
<p class="_4a5b6c7d">${i % 7 === 0 ? 'Crypto trading mentor | Forex signals' : `Engineer at Company ${i}`}</p>
<div class="_8e9f0a1b"><svg id="company-accent-4" aria-hidden="true" width="16" height="16"><path d="M2 2h12v12H2z"></path></svg><p class="_2c3d4e5f">Company ${i}</p></div>
<div class="_6a7b8c9d"><p class="_0e1f2a3b">Casey Ray and ${i % 40} other mutual connections</p></div>
<p class="_4c5d6e7f"><span>2 weeks ago</span></p>
</div>
<div data-view-name="invitation-action" class="_8a9b0c1d"><button aria-label="Ignore an invitation to connect from Person ${i}" type="button"><span>Ignore</span></button><button aria-label="Accept Person ${i}’s invitation" type="button"><span>Accept</span></button></div>
<p class="_2e3f4a5b">${i % 7 === 0 ? 'Hi dear, guaranteed returns every week. Message me on WhatsApp.' : `Hi, I'd like to add you to my professional network. (${i})`}</p>
</div></div>`;
};

// bigPage returns a LinkedIn invitation manager page with n cards.
export function bigPage(n) {
  const cards = [];
  for (let i = 1; i <= n; i++) cards.push(card(i));
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Invitations | LinkedIn</title></head><body>' +
    '<div role="main" data-sdui-screen="com.linkedin.sdui.flagshipnav.mynetwork.InvitationReceivedWithType"><main>' +
    `<div data-testid="lazy-column">${cards.join('\n')}</div></main></div></body></html>`
  );
}
